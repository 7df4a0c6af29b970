import { WorkflowActies as WorkflowActies_f2d7f3f734af11cdd9a9220aef930dbb } from '../../../../cms/components/WorkflowActies'
import { PublishButtonForEditors as PublishButtonForEditors_a4a88a65f75391752b7b3c73f83334ac } from '../../../../cms/components/PublishButtonForEditors'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/cms/components/WorkflowActies#WorkflowActies": WorkflowActies_f2d7f3f734af11cdd9a9220aef930dbb,
  "/cms/components/PublishButtonForEditors#PublishButtonForEditors": PublishButtonForEditors_a4a88a65f75391752b7b3c73f83334ac,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
