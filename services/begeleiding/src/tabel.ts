import { PERSOON_INDEX, tabel } from '@wegwijs/lambda-kit';
import { FASEWISSEL_INDEX, WERKLIJST_INDEXEN } from './adapters/keys';

/**
 * The begeleiding context's own table; no other context reads or writes it. gsi2-4 answer the worklists (caseload,
 * bellijst, niet-gezien), each sorted by the day a traject enters the list; gsi5 gives the planner the trajecten whose
 * fase change is due; gsi6 the nabellen worklist (issue 22 item 6). All sparse, all kept by the one write that changes the traject; no request scans. (gsi1, the
 * organisation's trajecten, is gone: nothing read it once the worklists had their own indexes.)
 */
export const begeleidingTabel = tabel('begeleiding', [
  PERSOON_INDEX,
  WERKLIJST_INDEXEN.caseload,
  WERKLIJST_INDEXEN.bellijst,
  WERKLIJST_INDEXEN.nietGezien,
  FASEWISSEL_INDEX,
  WERKLIJST_INDEXEN.nabellen,
]);
