// The wording of the documents that a committee may adjust (设置 → 文书设置): plain text, no code. The content
// the law requires (the parties' particulars, the terms, 一式N份, the signature blocks, the case number) is
// drawn by the templates themselves and cannot be removed by changing the wording.
import { z } from '../zod.ts';

/** 人民调解法 Art. 3, 4, 23, 24, 31, 33, as the MoJ's 权利义务告知书 states them. One paragraph per line. */
export const DEFAULT_NOTICE = [
  '人民调解是在人民调解委员会主持下，以国家法律、法规、规章、政策和社会公德为依据，对民间纠纷当事人进行说服教育、规劝疏导，促使纠纷各方当事人互谅互让、平等协商、自愿达成协议、消除纷争的活动。',
  '人民调解委员会调解民间纠纷，遵循下列原则：（一）在当事人自愿、平等的基础上进行调解；（二）不违背法律、法规和国家政策；（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。人民调解委员会调解民间纠纷，不收取任何费用。',
  '在人民调解活动中，当事人享有下列权利：（一）选择或者接受人民调解员；（二）接受调解、拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议。',
  '在人民调解活动中，当事人履行下列义务：（一）如实陈述纠纷事实；（二）遵守调解现场秩序，尊重人民调解员；（三）尊重对方当事人行使权利。',
  '经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。',
].join('\n');

export const DEFAULT_WORDING = {
  notice: DEFAULT_NOTICE,
  applicationStatement: '申请人自愿申请人民调解委员会调解上述纠纷，保证所述情况属实。',
  agreementOpening: '经调解，各方当事人自愿达成如下协议：',
  agreementEffect: '本协议自各方当事人签名、盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。',
  agreementReminder: '经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。',
  confirmationStatement:
    '申请人于上述日期经人民调解委员会调解达成调解协议，现依据《中华人民共和国人民调解法》第三十三条和《中华人民共和国民事诉讼法》的规定，共同向人民法院申请确认该调解协议的效力。申请人保证出于解决纠纷的目的自愿达成协议，没有恶意串通、规避法律的行为；如因虚假陈述造成后果，自愿承担相应的法律责任。',
} as const;

const paragraph = (label: string, max: number, mustSay: readonly string[] = []) =>
  z
    .string({ error: `请填写${label}` })
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .refine((s) => [...s].length >= 5, `${label}至少5个字`)
    .refine((s) => [...s].length <= max, `${label}不能超过${max}个字`)
    .superRefine((s, ctx) => {
      const missing = mustSay.filter((word) => !s.includes(word));
      if (missing.length > 0) ctx.addIssue({ code: 'custom', message: `${label}必须写明“${missing.join('”“')}”` });
    });

/**
 * The adjustable wording. Each field keeps the words the law's content needs (the notice must state the
 * parties' 权利 and 义务; the application and the agreement must say it is 自愿), so a rewording cannot drop them.
 */
export const DocumentWording = z.object({
  notice: paragraph('权利义务告知书正文', 5000, ['权利', '义务', '自愿']),
  applicationStatement: paragraph('申请书中的自愿声明', 300, ['自愿']),
  agreementOpening: paragraph('协议书的协议条款引语', 100, ['自愿']),
  agreementEffect: paragraph('协议书的生效条款', 300, ['生效']),
  agreementReminder: z
    .string()
    .transform((s) => s.trim())
    .refine((s) => [...s].length <= 300, '协议书的履行提示不能超过300个字'),
  confirmationStatement: paragraph('司法确认申请书的申请理由', 1000, ['自愿', '确认']),
});
export type DocumentWording = z.output<typeof DocumentWording>;
export type DocumentWordingInput = z.input<typeof DocumentWording>;

export const WORDING_LABELS: Record<keyof DocumentWording, string> = {
  notice: '权利义务告知书正文（每段一行）',
  applicationStatement: '申请书：自愿声明',
  agreementOpening: '协议书：协议条款前的引语',
  agreementEffect: '协议书：生效条款',
  agreementReminder: '协议书：履行提示（可留空）',
  confirmationStatement: '司法确认申请书：申请理由',
};
