import { globalTable } from '@zeren/tenancy';
import { Grid, GridLiaison, GridMembership } from './grid/grid.entity';

// Grids are the committee's own: no tenant owns them, only the committee writes them.
globalTable(Grid, { writers: 'committee' });
globalTable(GridLiaison, { writers: 'committee' });
globalTable(GridMembership, { writers: 'committee' });
