import { appendFileSync } from 'node:fs';

/** One alarm as `GET /dev/alarmen` shows it: what a deployed stack would have sent to its alarm topic. */
export interface LokaalAlarm {
  readonly alarm: string;
  readonly tijdstip: string;
  readonly reden: string;
}

/** The alarm topic a function gets locally (WEGWIJS_ALARM_TOPIC); the local AWS endpoint accepts Publish on it. */
export const lokaalAlarmTopic = (deployment: string) =>
  `arn:aws:sns:eu-west-1:000000000000:wegwijs-${deployment}-alarmen`;

/** The most recent alarms kept in memory; the file (when there is one) keeps all of them. */
const MAX_IN_GEHEUGEN = 1000;

/**
 * The local stand-in for the deployment's alarm topic: the platform raises the alarms a deployed stack raises
 * (dead letters, function errors, 5xx answers) with `meld`, and a function's `meldAlarm` (SNS Publish) arrives here
 * through the local AWS endpoint. Each occurrence is one entry (CloudWatch would send one message per transition
 * into ALARM); with a file, every entry is also appended to it (`<data dir>/alarmen.jsonl`).
 */
export class LokaleAlarmen {
  private readonly lijst: LokaalAlarm[] = [];
  private readonly luisteraars = new Set<(alarm: LokaalAlarm) => void>();

  constructor(private readonly options: { readonly bestand?: string; readonly nu?: () => Date } = {}) {}

  meld(alarm: string, reden: string): LokaalAlarm {
    const entry = { alarm, tijdstip: (this.options.nu?.() ?? new Date()).toISOString(), reden };
    this.lijst.push(entry);
    if (this.lijst.length > MAX_IN_GEHEUGEN) this.lijst.shift();
    if (this.options.bestand) appendFileSync(this.options.bestand, `${JSON.stringify(entry)}\n`);
    for (const luisteraar of this.luisteraars) luisteraar(entry);
    return entry;
  }

  /** The alarms so far, oldest first. */
  get items(): readonly LokaalAlarm[] {
    return [...this.lijst];
  }

  /** Resolves with the first alarm (from now on, or already raised) that matches. */
  wachtOp(past: (alarm: LokaalAlarm) => boolean): Promise<LokaalAlarm> {
    const al = this.lijst.find(past);
    if (al) return Promise.resolve(al);
    return new Promise((resolve) => {
      const luisteraar = (alarm: LokaalAlarm) => {
        if (!past(alarm)) return;
        this.luisteraars.delete(luisteraar);
        resolve(alarm);
      };
      this.luisteraars.add(luisteraar);
    });
  }
}
