import { TipGateEntity } from './tip-gate.entity';
import { TipMessageEntity } from './tip-message.entity';
import { TipEntity } from './tip.entity';

/** The tip line's tables (REP-9), listed once for shared/db/entities.ts. */
export const TIPS_ENTITIES = [TipEntity, TipMessageEntity, TipGateEntity];
