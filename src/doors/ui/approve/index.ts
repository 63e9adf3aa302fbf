export { SignPanel, type SignPanelProps, type SignRequestUi } from './SignPanel';
export { signOnHost, verifyHost, type SignInput } from './actions';
