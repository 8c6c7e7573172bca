export const STAND_IN_PORTS: readonly [number, number];
export const STAND_IN_ORIGINS: readonly string[];
export function portBusyMessage(port: number): string;
export function checkPortsFree(ports?: readonly number[]): Promise<void>;
