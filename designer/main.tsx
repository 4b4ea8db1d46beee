import { renderPlaceholder } from '../ui/index.js';
import { renderCanvasPreview } from './canvas/renderCanvasPreview.js';

// Not built yet: its own issue builds it on the portal's foundation. Until then the page says so.
if (!renderCanvasPreview()) renderPlaceholder({
  de: { appName: 'Designer', title: 'Designer für Verfahren', notYet: 'Diese Oberfläche ist noch nicht gebaut. Bis dahin steht die Programmierschnittstelle unter /api/docs bereit.' },
  en: { appName: 'Designer', title: 'Procedure designer', notYet: 'This interface is not built yet. Until then the API is documented at /api/docs.' },
});
