/** The workflow status is derived by the server (cms/domain/workflow.ts), never taken from input. */
import type { CollectionBeforeChangeHook } from 'payload'
import { statusAfterProviderEdit } from '../domain/workflow'
import { toApiError } from '../http/responses'
import type { WorkflowContext, WorkflowDoc } from './context'

export const deriveStatus: CollectionBeforeChangeHook<WorkflowDoc> = ({
  data,
  originalDoc,
  context,
}) => {
  const { workflowStatus } = context as WorkflowContext
  if (workflowStatus) {
    data.status = workflowStatus
  } else if (data._status === 'published') {
    data.status = 'definitief'
  } else {
    try {
      data.status = statusAfterProviderEdit(originalDoc?.status)
    } catch (error) {
      throw toApiError(error)
    }
  }
  return data
}
