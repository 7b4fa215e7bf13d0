import { describeRuleTable } from '../rule-table';

describeRuleTable('personal-data/license-plate');
