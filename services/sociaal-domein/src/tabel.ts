import { PERSOON_INDEX, tabel } from '@wegwijs/lambda-kit';

/** The sociaal-domein context's own table; no other context reads or writes it. */
export const sociaalDomeinTabel = tabel('sociaal-domein', [PERSOON_INDEX]);
