import { describeRuleTable } from '../rule-table';

describeRuleTable('personal-data/passport');
