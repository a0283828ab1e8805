import type { Server } from 'node:http';

export function verifieer(
  header: string | undefined,
  body: string,
  geheim: string,
  nuSeconden?: number,
  toleratieSeconden?: number,
): boolean;

export function maakOntvanger(opties: {
  geheim: string;
  opNotificatie: (notificatie: Record<string, unknown>) => unknown;
  nu?: () => number;
  toleratieSeconden?: number;
}): Server;
