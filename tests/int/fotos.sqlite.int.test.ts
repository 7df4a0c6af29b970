import { fotosSuite } from './fotos.suite'

fotosSuite('sqlite')
