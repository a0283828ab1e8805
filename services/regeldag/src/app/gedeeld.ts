import { HttpError } from '@wegwijs/lambda-kit';

export { metaVoor, profielOf } from '@wegwijs/lambda-kit';

/** 409 that lists the checklist items still open (in `detail` and in `errors`). */
export class OpenstaandeItems extends HttpError {
  constructor(items: readonly string[]) {
    super(
      409,
      'opstartfase-niet-compleet',
      'Conflict',
      `These checklist items are still open: ${items.join(', ')}.`,
      items.map((item) => ({ path: `checklist.${item}`, message: 'is open' })),
    );
  }
}
