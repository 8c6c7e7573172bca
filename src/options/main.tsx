import '../shared/replay-clock'; // first: the demo's build runs on the outage's own clock (inert elsewhere)
import { render } from 'preact';
import { i18n, t } from '../shared/i18n';
import { Options } from './Options';

document.documentElement.lang = i18n.locale;
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<Options />, root);
