// Reads the claude.ai banner in real Chromium as the browser has it. Its shadow root is closed, so neither
// the page nor Playwright's locators can see inside; the DevTools protocol can (DOM.getDocument with
// `pierce`), which is how these tests read the shipped build without opening it up.
import type { CDPSession, Page } from 'playwright-core';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

export interface BannerSnapshot {
  /** Host elements on the page (0 or 1). */
  hosts: number;
  /** The banner's whole text ('' when there is none). */
  text: string;
  headline: string;
  /** The details link's address. */
  link: string | null;
  /** `status` or `alert`. */
  role: string | null;
  banner: CdpNode | null;
  close: CdpNode | null;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page).then(async (cdp) => {
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      return cdp;
    });
    sessions.set(page, s);
  }
  return s;
}

const attr = (n: CdpNode, name: string): string | null => {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? '';
  return null;
};
const kids = (n: CdpNode): CdpNode[] => [...(n.shadowRoots ?? []), ...(n.children ?? [])];
function* walk(n: CdpNode): Generator<CdpNode> {
  yield n;
  for (const k of kids(n)) yield* walk(k);
}
const textOf = (n: CdpNode): string => (n.nodeType === 3 ? n.nodeValue ?? '' : kids(n).map(textOf).join(''));
const byClass = (root: CdpNode, name: string): CdpNode | null =>
  [...walk(root)].find((n) => (attr(n, 'class') ?? '').split(' ').includes(name)) ?? null;

export async function inspectBanner(page: Page): Promise<BannerSnapshot> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
  const hosts = [...walk(root)].filter((n) => attr(n, 'data-claude-status-banner') !== null);
  const host = hosts[0];
  const banner = host ? byClass(host, 'banner') : null;
  const link = banner ? [...walk(banner)].find((n) => n.nodeName === 'A') ?? null : null;
  return {
    hosts: hosts.length,
    text: banner ? textOf(banner) : '',
    headline: banner ? textOf(byClass(banner, 'headline') ?? banner) : '',
    link: link ? attr(link, 'href') : null,
    role: banner ? attr(banner, 'role') : null,
    banner,
    close: banner ? [...walk(banner)].find((n) => n.nodeName === 'BUTTON' && (attr(n, 'class') ?? '').split(' ').includes('close')) ?? null : null,
  };
}

export const bannerText = async (page: Page): Promise<string> => (await inspectBanner(page)).text;
export const bannerCount = async (page: Page): Promise<number> => (await inspectBanner(page)).hosts;

/** Computed style properties of a node inside the banner (or of its host, with `host`). */
export async function styleOf(page: Page, node: CdpNode, names: string[]): Promise<Record<string, string>> {
  const cdp = await session(page);
  const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId }) as { computedStyle: { name: string; value: string }[] };
  return Object.fromEntries(names.map((n) => [n, computedStyle.find((p) => p.name === n)?.value ?? '']));
}

/** The node's box on the page, in CSS pixels. */
export async function boxOf(page: Page, node: CdpNode): Promise<{ x: number; y: number; width: number; height: number }> {
  const cdp = await session(page);
  const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId }) as { model: { border: number[]; width: number; height: number } };
  return { x: model.border[0] ?? 0, y: model.border[1] ?? 0, width: model.width, height: model.height };
}

/** Moves keyboard focus to a node inside the banner, as Tab would. */
export async function focusNode(page: Page, node: CdpNode): Promise<void> {
  const cdp = await session(page);
  await cdp.send('DOM.focus', { backendNodeId: node.backendNodeId });
}

/** A person's click in the middle of a node (a trusted event, unlike a page script's click()). */
export async function clickNode(page: Page, node: CdpNode): Promise<void> {
  const b = await boxOf(page, node);
  await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
}

/** Every name in the page's accessibility tree, joined: what a screen reader can reach. */
export async function accessibleText(page: Page): Promise<string> {
  const cdp = await session(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { name?: { value?: string }; role?: { value?: string } }[] };
  return nodes.map((n) => `${n.role?.value ?? ''}:${n.name?.value ?? ''}`).join('\n');
}

/** The first node inside the banner with this class (a button, a line), or null. */
export async function bannerNode(page: Page, className: string): Promise<CdpNode | null> {
  const { banner } = await inspectBanner(page);
  return banner ? byClass(banner, className) : null;
}

export interface BannerPart { node: CdpNode; text: string; role: string | null }

/** The first node inside the banner's host with this class (the log-out guard's `.guard`, its buttons), or null. */
export async function bannerPart(page: Page, className: string): Promise<BannerPart | null> {
  const cdp = await session(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true }) as { root: CdpNode };
  const host = [...walk(root)].find((n) => attr(n, 'data-claude-status-banner') !== null);
  const node = host ? byClass(host, className) : null;
  return node ? { node, text: textOf(node), role: attr(node, 'role') } : null;
}
