import { fotosSuite } from './fotos.suite'

fotosSuite('postgres')
