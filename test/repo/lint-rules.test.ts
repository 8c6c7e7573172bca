// The lint rules that keep network text out of HTML sinks and code out of strings, tried on the code
// they must refuse (#16: a hand-written selector alone missed most of these).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(code: string, file = 'src/popup/example.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint refuses', () => {
  it.each([
    ['innerHTML', 'export const f = (el: HTMLElement, t: string) => { el.innerHTML = t; };'],
    ['outerHTML', 'export const f = (el: HTMLElement, t: string) => { el.outerHTML = t; };'],
    ['insertAdjacentHTML', "export const f = (el: HTMLElement, t: string) => el.insertAdjacentHTML('beforeend', t);"],
    ['document.write', 'export const f = (t: string) => document.write(t);'],
    ['setHTMLUnsafe', 'export const f = (el: { setHTMLUnsafe(t: string): void }, t: string) => el.setHTMLUnsafe(t);'],
    ['createContextualFragment', 'export const f = (t: string) => document.createRange().createContextualFragment(t);'],
    ['dangerouslySetInnerHTML', 'export const F = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;'],
    ['eval', 'export const f = (t: string) => eval(t);'],
    ['new Function', "export const f = (t: string) => new Function('x', t);"],
    ['setTimeout with a string', "export const f = () => setTimeout('alert(1)', 1);"],
  ])('%s', async (_label, code) => {
    expect(await problems(code)).not.toEqual([]);
  });

  it('and lets text through as text', async () => {
    expect(await problems('export const f = (el: HTMLElement, t: string) => { el.textContent = t; };')).toEqual([]);
  });
});
