// A valid sample of every lifecycle step, dated `on`, for tests that walk a case through its life.
import { StepInput, type Step, type StepKind } from '../../shared/domain/lifecycle.ts';
import { addDays } from '../../shared/rules/dates.ts';

/** A step of `kind` that passes StepInput, with fields a real clerk would fill in. */
export function sampleStep(kind: StepKind, on: string, extra: Record<string, unknown> = {}): Step {
  const record = { on, time: '09:30', place: '梅园新村街道人民调解委员会调解室', present: ['张三', '李四', '王调解'], noteTaker: '赵记录' };
  const inputs: Record<StepKind, Record<string, unknown>> = {
    accept: { consent: true, noticeGiven: true },
    refuse: { reason: '被申请人明确表示不同意调解' },
    assign: { mediators: [{ mediatorId: '0193a000-0000-7000-8000-000000000001', lead: true }], chosenByParties: false },
    recuse: { mediatorId: '0193a000-0000-7000-8000-000000000001', requestedBy: 'party', reason: '调解员与申请人系亲属关系' },
    leader: { name: '刘主任', title: '街道党工委副书记', departments: ['派出所', '城管中队'] },
    investigation: { ...record, questioned: '李四', investigator: '王调解', content: '经走访，双方因漏水问题发生争执，楼下墙面受损。' },
    session: { ...record, content: '调解员释明相关法律规定，双方各自陈述，初步同意协商赔偿。' },
    agreement_written: {
      terms: ['李四于协议签订之日起十日内赔偿张三维修费人民币3000元。', '双方就此事再无其他争议。'],
      amountFen: 300000,
      disputedPoints: '漏水原因及维修费用的承担。',
      responsibilities: '李四对卫生间漏水负全部责任。',
      performanceMethod: '银行转账',
      performancePlace: '梅园新村街道人民调解委员会',
      performanceDeadline: addDays(on, 10),
      followUpDue: addDays(on, 30),
    },
    agreement_oral: {
      content: '双方同意互相谅解，李四当面向张三道歉。',
      amountFen: null,
      performanceDeadline: null,
      followUpDue: addDays(on, 15),
    },
    failure: {
      reason: '双方对赔偿数额分歧过大',
      routesExplained: ['litigation'],
      divertedTo: 'court',
      divertedBody: '玄武区人民法院',
      followUpDue: null,
    },
    termination: { reason: '申请人撤回调解申请', byParty: '张三' },
    fulfilment: { state: 'performed', note: '已通过银行转账支付' },
    prevention: { prevented: 'civil_to_criminal', people: 2, note: '双方曾扬言动手，经调解情绪平复' },
    petition: { improperMediation: false, body: '玄武区信访局', note: '申请人对赔偿数额不满到区信访局反映' },
    follow_up_scheduled: { due: addDays(on, 7) },
    follow_up: {
      visited: '张三',
      performed: 'performed',
      satisfied: true,
      lawsuit: false,
      findings: '协议已履行完毕，双方关系缓和。',
      mediator: '王调解',
    },
    confirmation_applied: { court: '玄武区人民法院' },
    confirmation_result: { result: 'confirmed', ruling: '（2026）苏0102民特123号' },
    risk: { level: 'orange', reason: '涉及十余户居民，有集体上访苗头' },
    archive: { archiveNumber: '玄武梅园2026-0001', retention: 'long', compiledBy: '赵记录' },
  };
  return StepInput.parse({ kind, on, ...inputs[kind], ...extra });
}
