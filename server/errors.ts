// A request the hub refuses, with the problem's code (HUB_PROBLEMS) that the HTTP layer maps to a 4xx status and
// the apps map to the clerk's words.
import { AppError } from '../shared/errors.ts';
import { HUB_PROBLEMS, type HubProblem } from '../shared/sync/protocol.ts';

export class HubRefusal extends AppError {
  readonly problem: HubProblem;

  constructor(problem: HubProblem, detail?: string) {
    super(problem === 'not_found' ? 'NOT_FOUND' : 'VALIDATION', detail ? `${HUB_PROBLEMS[problem]}（${detail}）` : HUB_PROBLEMS[problem]);
    this.name = 'HubRefusal';
    this.problem = problem;
  }
}
