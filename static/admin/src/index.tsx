import { mount } from '../../ui-kit/mount';
import { AdminApp } from './admin-app';
import './admin.css';

mount(<AdminApp now={() => new Date()} />);
