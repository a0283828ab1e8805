import { type EventContract, ToegangSignalering } from '@wegwijs/contracts';

/**
 * Events that are alarms in themselves: a deployed stack routes each from its bus to the alarm topic (an EventBridge
 * rule with this text as the message), the local platform puts it in `/dev/alarmen`. The text names ids and counts
 * only; `<veld>` is filled from the event's `detail.data.<veld>` (a path with dots for nested fields).
 */
export interface AlarmEvent {
  readonly contract: EventContract;
  /** The alarm's name after `wegwijs-<deployment>-`. */
  readonly alarm: string;
  readonly tekst: string;
}

export const ALARM_EVENTS: readonly AlarmEvent[] = [
  {
    contract: ToegangSignalering,
    alarm: 'toegang-signalering',
    tekst:
      'Signalering <signaleringId>: user <actor.sub> (<actor.rol>) opened <aantal> distinct dossiers within an hour ' +
      '(threshold <drempel>). The FG reads it at GET /v1/toegangslog/signaleringen.',
  },
];

/** The `<veld>` placeholders of an alarm text. */
export const velden = (tekst: string): string[] => [...tekst.matchAll(/<([a-zA-Z.]+)>/g)].map((m) => m[1] ?? '');

/** The alarm text of an event (locally): every placeholder filled from `detail.data`. */
export function alarmTekst(tekst: string, detail: unknown): string {
  const data = (detail as { data?: unknown } | null)?.data;
  return tekst.replace(/<([a-zA-Z.]+)>/g, (_, pad: string) => {
    const waarde = pad.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], data);
    return waarde === undefined ? '?' : String(waarde);
  });
}
