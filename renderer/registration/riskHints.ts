// One line per colour of the four-colour warning (四色预警), after the common pattern; areas set their own criteria.
import type { RiskLevel } from '../../shared/domain/reference.ts';

export const RISK_HINTS: Record<RiskLevel, string> = {
  red: '可能引发群体性事件、命案或极端行为、民转刑、越级上访：数小时内上报，领导包案',
  orange: '群体性纠纷（约10人以上）或有明显激化、集体上访苗头：县或乡镇领导负责',
  yellow: '涉及人数少、矛盾较尖锐但可控：乡镇（街道）调委会或司法所处理',
  blue: '一般的个人纠纷：村（居）调委会就地化解',
};
