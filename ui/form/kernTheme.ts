import type { FormProps } from '@rjsf/core';
import { AttachmentField } from './fields/AttachmentField.js';
import { ArrayFieldItemTemplate, ArrayFieldTemplate } from './templates/ArrayTemplates.js';
import { FormErrorSummary } from './templates/ErrorSummary.js';
import { FieldTemplate } from './templates/FieldTemplate.js';
import { ObjectFieldTemplate } from './templates/ObjectFieldTemplate.js';
import { BaseInputTemplate } from './widgets/BaseInputTemplate.js';
import { CheckboxesWidget, RadioWidget, SelectWidget, TextareaWidget } from './widgets/ChoiceWidgets.js';
import { FileWidget } from './widgets/FileWidget.js';

/**
 * The KERN theme of RJSF: fieldset + legend for groups, radio buttons and checkboxes in a named
 * fieldset, the error summary, ARIA state on every control, "optional" instead of "*", the file
 * field (data URLs) with its limits.
 */
export const kernTheme = {
  templates: { FieldTemplate, ObjectFieldTemplate, ArrayFieldTemplate, ArrayFieldItemTemplate, ErrorListTemplate: FormErrorSummary, BaseInputTemplate },
  widgets: { RadioWidget, CheckboxesWidget, SelectWidget, TextareaWidget, FileWidget },
  fields: { attachment: AttachmentField },
} satisfies Pick<FormProps, 'templates' | 'widgets' | 'fields'>;
