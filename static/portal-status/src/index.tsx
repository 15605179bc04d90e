import { mount } from '../../ui-kit/mount';
import { PortalStatusApp } from './portal-status-app';
import './portal-status.css';

mount(<PortalStatusApp />);
