import { EVENT_ROUTES } from '@wegwijs/contracts';
import { alarmMelder } from '@wegwijs/lambda-kit/alarm';
import {
  type LocalAwsEndpoint,
  LocalEventBus,
  LokaleAlarmen,
  lokaalAlarmTopic,
  startAwsEndpoint,
} from '@wegwijs/local-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `meldAlarm` (lambda-kit `alarmMelder`): the real SNS client publishes to the alarm topic; locally the AWS endpoint
 * serves that Publish and the alarm lands where `GET /dev/alarmen` reads it.
 */
let aws: LocalAwsEndpoint;
const alarmen = new LokaleAlarmen();
const env = { ...process.env };
beforeAll(async () => {
  aws = await startAwsEndpoint(new LocalEventBus({ routes: EVENT_ROUTES }), 0, (b) =>
    alarmen.meld(b.subject ?? 'zonder-onderwerp', b.message),
  );
  // The environment a function gets locally (functieEnv): the SDK's SNS endpoint is the local AWS endpoint.
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_SNS: aws.url,
    AWS_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
  });
});
afterAll(async () => {
  process.env = env;
  await aws?.close();
});

describe('meldAlarm through the alarm topic', () => {
  it('publishes the alarm with its reason, and the local topic records it', async () => {
    // Arrange
    const meld = alarmMelder(lokaalAlarmTopic('lokaal'));
    // Act
    await meld({
      alarm: 'wegwijs-lokaal-signalering-dossiers-per-uur',
      reden: 'begeleider-7 opened 41 dossiers (drempel 40).',
    });
    // Assert
    const alarm = await alarmen.wachtOp((a) => a.alarm === 'wegwijs-lokaal-signalering-dossiers-per-uur');
    expect(alarm.reden).toBe('begeleider-7 opened 41 dossiers (drempel 40).');
    expect(Date.parse(alarm.tijdstip)).not.toBeNaN();
  });

  it('refuses without a topic (a function the stack did not let publish) and an unprintable alarm name', async () => {
    await expect(alarmMelder('')({ alarm: 'x', reden: 'y' })).rejects.toThrow(/WEGWIJS_ALARM_TOPIC/);
    await expect(alarmMelder(lokaalAlarmTopic('lokaal'))({ alarm: 'a\nb', reden: 'y' })).rejects.toThrow(/ASCII/);
  });
});
