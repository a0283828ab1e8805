import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { omgeving } from './env';

/** An alarm a function raises itself (a misuse signalering): a short name and a reason with ids and counts only. */
export interface AlarmMelding {
  /** The alarm's name, e.g. `wegwijs-den-haag-signalering-dossiers-per-uur` (ASCII, at most 100 characters). */
  readonly alarm: string;
  /** Why, for the person who gets it: ids and counts, never names or free text. */
  readonly reden: string;
}

export type MeldAlarm = (melding: AlarmMelding) => Promise<void>;

/**
 * The port that sends an alarm to the deployment's alarm topic (the same topic every CloudWatch alarm of the stack
 * notifies): SNS Publish with the alarm as Subject and the reason as Message. The topic comes from
 * WEGWIJS_ALARM_TOPIC, which the stack sets only on functions it lets publish (`Alarmering.magMelden`); locally every
 * function has it and the local AWS endpoint records the message at `GET /dev/alarmen`.
 */
export function alarmMelder(topicArn = omgeving().alarmTopic, client?: SNSClient): MeldAlarm {
  let sns = client;
  return async ({ alarm, reden }) => {
    if (!topicArn) throw new Error('WEGWIJS_ALARM_TOPIC is not set: the stack must grant this function magMelden');
    if (!/^[\x20-\x7e]{1,100}$/.test(alarm)) throw new Error('an alarm name is 1-100 printable ASCII characters');
    sns ??= new SNSClient({});
    await sns.send(new PublishCommand({ TopicArn: topicArn, Subject: alarm, Message: reden }));
  };
}
