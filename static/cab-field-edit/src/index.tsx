import { mount } from '../../ui-kit/mount';
import { CabFieldEditApp } from './cab-field-edit-app';
import './cab-field-edit.css';

mount(<CabFieldEditApp />);
