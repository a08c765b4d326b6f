// The coded fields of a case (type, source, risk colour, status) as schemas with the clerk's messages.
import { z } from '../zod.ts';
import { CASE_SOURCE_CODES, CASE_STATUS_CODES, DISPUTE_TYPE_CODES, RISK_LEVEL_CODES } from './reference.ts';

export const disputeType = z.enum(DISPUTE_TYPE_CODES, { error: '请选择纠纷类型' });
export const caseSource = z.enum(CASE_SOURCE_CODES, { error: '请选择案件来源' });
export const riskLevel = z.enum(RISK_LEVEL_CODES, { error: '请选择风险等级' });
export const caseStatus = z.enum(CASE_STATUS_CODES, { error: '案件状态不正确' });
