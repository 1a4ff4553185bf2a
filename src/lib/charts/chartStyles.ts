// Each chart's own marks (charts/<id>/*.css) as global CSS, imported once by the root layout right
// after shared/marks.css. That order matters: a chart's rule may override a shared one of the same
// specificity (`.h1b-demand-cap.active` over `.mark.active`). A module of its own because Vite puts
// a glob's imports first in the module that holds it.
import.meta.glob(['./*/*.css', '!./shared/**'], { eager: true });
