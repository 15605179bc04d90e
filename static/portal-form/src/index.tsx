import { mount } from '../../ui-kit/mount';
import { PortalFormApp } from './portal-form-app';
import './portal-form.css';

mount(<PortalFormApp />);
