import { mount } from '../../ui-kit/mount';
import { CabFieldViewApp } from './cab-field-view-app';
import './cab-field-view.css';

mount(<CabFieldViewApp />);
