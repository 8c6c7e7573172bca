import { useEffect, useRef } from 'preact/hooks';
import { type BackAlert, isWaiting } from '../core/back-alert';
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { MessageMap } from '../shared/messages';

interface Props {
  /** claude.ai is in trouble now (the one decision): the button is offered. */
  offer: boolean;
  alert: BackAlert | null;
  now: number;
}

const send = (arm: boolean): Promise<unknown> => {
  const request: MessageMap['back-alert']['request'] = { type: 'back-alert', arm };
  return browser.runtime.sendMessage(request).catch(() => undefined);
};

/**
 * "Tell me when it's back": one button while claude.ai is in trouble; once armed, what was promised and a
 * way to take it back. The background decides and stores (it refuses on a calm day); this only asks and
 * follows storage. Focus follows the control that replaced the one the person pressed.
 */
export function BackButton({ offer, alert, now }: Props) {
  const waiting = isWaiting(alert, now);
  const pressed = useRef(false);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    box.current?.querySelector<HTMLElement>('button')?.focus();
  }, [waiting]);
  if (!waiting && !offer) return null;
  const press = (arm: boolean) => {
    pressed.current = true;
    void send(arm);
  };
  return (
    <span class="back" ref={box}>
      {waiting ? (
        <>
          <span class="back-armed">{t('backArmed')} </span>
          <button type="button" class="link" aria-label={t('backCancelLabel')} title={t('backArmedNote')} onClick={() => press(false)}>{t('backCancel')}</button>
        </>
      ) : (
        <button type="button" class="link arm" onClick={() => press(true)}>{t('backArm')}</button>
      )}
    </span>
  );
}
