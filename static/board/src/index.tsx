import { mount } from '../../ui-kit/mount';
import { BoardEntry } from './board-entry';
import './board.css';

mount(<BoardEntry />);
