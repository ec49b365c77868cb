import { createSiteApp } from '../lib/site-app.ts';

createSiteApp().app.synth();
