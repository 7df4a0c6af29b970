/**
 * Reference lists the projection needs (labels of codes). They live in the CMS seed for now;
 * when they move to a shared module, re-point this one import and nothing else changes.
 */
export { doelgroepen } from '../cms/seed/reference'
