import { describeRuleTable } from '../rule-table';

describeRuleTable('personal-data/id-number');
