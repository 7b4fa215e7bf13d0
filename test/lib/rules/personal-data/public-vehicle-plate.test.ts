import { describeRuleTable } from '../rule-table';

describeRuleTable('personal-data/public-vehicle-plate');
