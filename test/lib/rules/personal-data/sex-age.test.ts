import { describeRuleTable } from '../rule-table';

describeRuleTable('personal-data/sex-age');
