import { mount } from '../../ui-kit/mount';
import { IssuePanelApp } from './issue-panel-app';
import './issue-panel.css';

mount(<IssuePanelApp />);
