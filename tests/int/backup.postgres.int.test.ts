import { backupSuite } from './backup.suite'

backupSuite('postgres')
