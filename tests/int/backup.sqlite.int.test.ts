import { backupSuite } from './backup.suite'

backupSuite('sqlite')
