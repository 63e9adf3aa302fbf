import { MessageBar, MessageBarBody, type MessageBarIntent } from '@fluentui/react-components';

export interface NoticeState {
  intent: MessageBarIntent;
  text: string;
}

/** One Fluent message bar: errors say what to do next, successes say what changed. */
export function Notice(props: { notice: NoticeState | null }) {
  if (!props.notice) return null;
  return (
    <MessageBar
      layout="multiline"
      intent={props.notice.intent}
      role={props.notice.intent === 'error' ? 'alert' : 'status'}
    >
      <MessageBarBody>{props.notice.text}</MessageBarBody>
    </MessageBar>
  );
}
