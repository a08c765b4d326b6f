// The records of a sample case (调查记录, 调解记录): when, where, who was there, and a few sentences in the
// words of the MoJ formats, built from the registration and the dispute type.
import type { StepInput } from '../../shared/domain/lifecycle.ts';
import type { DisputeType } from '../../shared/domain/reference.ts';
import { SESSION_ADJOURNED, SESSION_WORK, TYPE_TEXTS } from './historyTexts.ts';
import { dateOfDay, type Random } from './random.ts';

/** Who takes part in a case and where it is handled. */
export interface RecordScene {
  type: DisputeType;
  applicants: string[];
  respondents: string[];
  /** People who attend: the parties, a company by its representative. */
  attendees: string[];
  requests: string;
  /** The committee's mediation room, e.g. '梅园新村街道人民调解委员会调解室'. */
  room: string;
  /** Where the dispute happened (the registration's place), if known. */
  place: string | null;
}

export type SessionEnd = 'continue' | 'agreement_written' | 'agreement_oral' | 'failure';

const TIMES = ['09:00', '09:30', '10:00', '10:30', '14:00', '14:30', '15:00', '15:30', '16:00'];

export function fill(text: string, scene: RecordScene, mediator = ''): string {
  return text
    .replaceAll('{甲}', scene.applicants[0] ?? '申请人')
    .replaceAll('{乙}', scene.respondents[0] ?? '被申请人')
    .replaceAll('{调解员}', mediator);
}

function sessionContent(random: Random, scene: RecordScene, index: number, end: SessionEnd, lead: string): string {
  const texts = TYPE_TEXTS[scene.type];
  const parts: string[] = [];
  if (index === 0) {
    parts.push(
      `调解员${lead}主持调解，首先向双方当事人告知了人民调解的性质、原则和当事人享有的权利、承担的义务，双方均表示清楚，同意接受调解。`,
    );
    parts.push(`申请人${scene.requests.replace(/。?$/, '。')}`);
    // An injury claimed as a labour dispute is answered as one (医疗费、护理费).
    const defences = scene.type === 'labour' && /医疗费|护理费/.test(scene.requests) ? TYPE_TEXTS.damages.defences : texts.defences;
    parts.push(`被申请人${fill(random.pick(defences), scene)}`);
    parts.push(texts.law);
  } else {
    parts.push(`调解员${lead}再次组织双方进行调解。`);
    parts.push(fill(random.pick(SESSION_WORK), scene));
  }
  switch (end) {
    case 'continue':
      parts.push(random.pick(SESSION_ADJOURNED));
      break;
    case 'agreement_written':
      parts.push(`经反复协商，双方自愿就${texts.topic}达成一致意见，调解员当场制作了人民调解协议书，由双方当事人签字确认。`);
      break;
    case 'agreement_oral':
      parts.push(`经反复协商，双方就${texts.topic}当场达成口头协议，调解员对协议内容进行了登记。`);
      break;
    case 'failure':
      parts.push('双方各执己见，差距较大，调解未能达成一致。调解员告知双方可以依法通过诉讼、仲裁或请求行政机关处理等途径解决。');
      break;
  }
  return parts.join('');
}

function noteTakerFor(random: Random, team: readonly string[], staff: readonly string[], not: string): string {
  const others = [...team, ...staff].filter((n) => n !== not);
  return others.length > 0 ? random.pick(others) : not;
}

/** A mediation session on `day` with the mediators of `team` (the lead first). */
export function sessionRecord(
  random: Random,
  scene: RecordScene,
  day: number,
  index: number,
  end: SessionEnd,
  team: readonly string[],
  staff: readonly string[],
): Extract<StepInput, { kind: 'session' }> {
  const lead = team[0]!;
  const onSite = scene.place !== null && index > 0 && random.chance(0.15);
  return {
    kind: 'session',
    on: dateOfDay(day),
    time: random.pick(TIMES),
    place: onSite ? `${scene.place}现场` : scene.room,
    present: [...scene.attendees, ...team],
    content: sessionContent(random, scene, index, end, lead),
    noteTaker: noteTakerFor(random, team, staff, lead),
  };
}

/** An investigation on `day`: a party questioned by the lead mediator, at home, on site or in the office. */
export function investigationRecord(
  random: Random,
  scene: RecordScene,
  day: number,
  team: readonly string[],
  staff: readonly string[],
): Extract<StepInput, { kind: 'investigation' }> {
  const investigator = team[0]!;
  const questioned = random.chance(0.6) ? scene.attendees[0]! : random.pick(scene.attendees);
  const roll = random.next();
  const place = roll < 0.4 && scene.place ? scene.place : roll < 0.7 ? `${questioned}家中` : scene.room;
  const finding = random.pick(TYPE_TEXTS[scene.type].investigation);
  return {
    kind: 'investigation',
    on: dateOfDay(day),
    time: random.pick(TIMES),
    place,
    present: [questioned, ...team],
    content: `调查人${investigator}向${questioned}了解纠纷发生的经过和当事人的诉求，${questioned}陈述的情况与登记的纠纷情况基本一致。调查人${finding}以上情况经被调查人核对无误后签字确认。`,
    noteTaker: noteTakerFor(random, team, staff, investigator),
    questioned,
    investigator,
  };
}
