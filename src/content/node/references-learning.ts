/**
 * Reference checks for the guided path (data/paths/) and the quiz: every model, scenario, myth
 * and question a step shows exists, and no question id takes an address the quiz uses itself.
 */
import { GUIDED_PATH_ID } from '../vocabulary';
import type { ContentIssue } from './issues';
import type { Content } from './load-content';

type Report = (file: string, path: PropertyKey[], message: string) => void;

/** Quiz addresses that are not questions: /quiz/results/. */
export const RESERVED_QUESTION_IDS = ['results'] as const;

export function checkLearning(content: Content, report: Report, issues: ContentIssue[]): void {
  const known = {
    scenario: new Set(content.scenarios.map((s) => s.id)),
    myth: new Set(content.myths.map((m) => m.id)),
    question: new Set(content.questions.map((q) => q.id)),
  };
  for (const path of content.paths) {
    const file = `data/paths/${path.id}.yaml`;
    if (path.id !== GUIDED_PATH_ID) {
      issues.push({
        file,
        field: '(file name)',
        message: `only data/paths/${GUIDED_PATH_ID}.yaml is shown on the site (at /learn/); rename this file or merge its steps into it`,
      });
    }
    path.steps.forEach((step, i) => {
      const check = (kind: keyof typeof known, field: string, id: string, at: PropertyKey[]) => {
        if (!known[kind].has(id))
          report(file, ['steps', i, field, ...at], `unknown ${kind} "${id}": there is no data/${kind}s/${id}.yaml`);
      };
      step.scenarios?.forEach((id, j) => check('scenario', 'scenarios', id, [j]));
      step.myths?.forEach((id, j) => check('myth', 'myths', id, [j]));
      if (step.check) check('question', 'check', step.check, []);
    });
  }
  for (const question of content.questions) {
    if ((RESERVED_QUESTION_IDS as readonly string[]).includes(question.id)) {
      issues.push({
        file: `data/questions/${question.id}.yaml`,
        field: '(file name)',
        message: `"${question.id}" is the address of a quiz page; choose another file name`,
      });
    }
  }
}
