import { writeFileSync } from 'node:fs';
import { GEGENEREERD_BESTAND, genereerTypes } from '../src/genereer';

writeFileSync(GEGENEREERD_BESTAND, await genereerTypes());
console.log(`written ${GEGENEREERD_BESTAND.pathname}`);
