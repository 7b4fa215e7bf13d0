import { describeRuleTable } from '../rule-table';

describeRuleTable('personal-data/name-in-list');
