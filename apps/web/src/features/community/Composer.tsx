import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Combobox,
  Group,
  List,
  NativeSelect,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useRef, useState } from 'react';
import type { PostKind } from '../../gql/graphql';
import { describeError, useSingleFlight } from '../../shared';
import {
  CommunityCreatePostMutation,
  CommunityGroupsQuery,
  CommunityMentionSuggestionsQuery,
  CommunityPreviewQuery,
  CommunityTopicSuggestionsQuery,
} from './operations';
import { SafeHtml } from './PostCard';
import { MAX_LINK_TITLE_LENGTH, MAX_LINK_URL_LENGTH, MAX_POST_LENGTH } from './limits';
import { tokenBeforeCaret, unresolvedMentionText } from './tokens';

const KIND_OPTIONS: { value: PostKind; label: string }[] = [
  { value: 'UPDATE', label: 'Update' },
  { value: 'QUESTION', label: 'Question' },
  { value: 'WORK_SHARE', label: 'Work to share' },
  { value: 'ANNOUNCEMENT', label: 'Announcement' },
];

type LinkErrors = { linkUrl?: string; linkTitle?: string };

/** The link fields checked as the API checks them (CreatePostInput). */
export function linkErrors(url: string, title: string): LinkErrors {
  const errors: LinkErrors = {};
  const u = url.trim();
  const t = title.trim();
  if (u) {
    let ok = false;
    try {
      const parsed = new URL(u);
      ok = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.includes('.');
    } catch {
      ok = false;
    }
    if (!ok) errors.linkUrl = 'Enter the full web address, starting with https://';
    else if (u.length > MAX_LINK_URL_LENGTH)
      errors.linkUrl = `A web address can be at most ${MAX_LINK_URL_LENGTH} characters`;
  }
  if (t && !u) errors.linkTitle = 'Add the link this title is for, or clear the title';
  else if (t.length > MAX_LINK_TITLE_LENGTH)
    errors.linkTitle = `A link title can be at most ${MAX_LINK_TITLE_LENGTH} characters`;
  return errors;
}

/**
 * Write a post in markdown, preview it as it will appear, with #topic and @name suggestions. In a group's
 * page it posts into that group; elsewhere the writer may choose one of their groups.
 */
export function Composer({
  onPosted,
  initialText = '',
  groupId,
  groupName,
}: {
  onPosted?: () => void;
  initialText?: string;
  groupId?: string;
  groupName?: string;
}) {
  const client = useApolloClient();
  const [body, setBody] = useState(initialText);
  const [tab, setTab] = useState<string | null>('write');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [kind, setKind] = useState<PostKind>('UPDATE');
  const [withLink, setWithLink] = useState(false);
  const [linkUrl, setLinkUrl] = useState('');
  const [linkTitle, setLinkTitle] = useState('');
  const [linkError, setLinkError] = useState<LinkErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [unreached, setUnreached] = useState<string[]>([]);
  const [busy, run] = useSingleFlight();
  const [create] = useMutation(CommunityCreatePostMutation);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [chosenGroup, setChosenGroup] = useState('');
  const groups = useQuery(CommunityGroupsQuery, { variables: { first: 100 }, skip: !!groupId });
  const myGroups = (groups.data?.groups.edges ?? [])
    .map((e) => e.node)
    .filter((g) => g.viewerMembership?.status === 'ACTIVE');
  const target = groupId ?? (chosenGroup || null);
  const [token, setToken] = useState<ReturnType<typeof tokenBeforeCaret>>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const topics = useQuery(CommunityTopicSuggestionsQuery, {
    variables: { prefix: token?.word.toLowerCase() },
    skip: token?.sign !== '#' || token.word.length === 0,
    fetchPolicy: 'cache-first',
  });
  const members = useQuery(CommunityMentionSuggestionsQuery, {
    variables: { prefix: token?.word ?? '', groupId: target },
    skip: token?.sign !== '@' || token.word.length === 0,
    fetchPolicy: 'cache-first',
  });
  const suggestions: { value: string; label: string }[] =
    token?.sign === '#'
      ? (topics.data?.topics.edges ?? []).map(({ node }) => ({ value: `#${node.tag}`, label: `#${node.tag}` }))
      : token?.sign === '@'
        ? (members.data?.mentionSuggestions ?? []).map(({ mention, member }) => ({
            value: `@${mention}`,
            label: `${member.user.displayName} (@${mention})`,
          }))
        : [];

  const track = (text: string, caret: number) => {
    const t = tokenBeforeCaret(text, caret);
    setToken(t);
    if (t && t.word.length > 0) combobox.openDropdown();
    else combobox.closeDropdown();
  };

  const insert = (value: string) => {
    if (!token) return;
    const caret = token.start + 1 + token.word.length;
    const next = `${body.slice(0, token.start)}${value} ${body.slice(caret)}`;
    setBody(next);
    setToken(null);
    combobox.closeDropdown();
    const at = token.start + value.length + 1;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(at, at);
    });
  };

  const validate = (): string | null => {
    const text = body.trim();
    if (!text) return 'Write something first';
    if (text.length > MAX_POST_LENGTH) return `A post can be at most ${MAX_POST_LENGTH} characters`;
    return null;
  };

  const submit = () =>
    run(async () => {
      setMessage(null);
      setUnreached([]);
      const invalid = validate();
      const badLink = withLink ? linkErrors(linkUrl, linkTitle) : {};
      setFieldError(invalid);
      setLinkError(badLink);
      if (invalid || badLink.linkUrl || badLink.linkTitle) {
        setTab('write');
        return;
      }
      const link = withLink && linkUrl.trim() ? { linkUrl: linkUrl.trim(), linkTitle: linkTitle.trim() || null } : {};
      try {
        const { data } = await create({ variables: { input: { body: body.trim(), groupId: target, kind, ...link } } });
        setUnreached((data?.createPost.unresolvedMentions ?? []).map(unresolvedMentionText));
        setBody('');
        setKind('UPDATE');
        setWithLink(false);
        setLinkUrl('');
        setLinkTitle('');
        setTab('write');
        // The feed and topics shown elsewhere now include the post.
        await client.refetchQueries({
          include: ['CommunityFeed', 'CommunityTopicFeed', 'CommunityTopic', 'CommunityGroupFeed'],
        });
        onPosted?.();
      } catch (e) {
        const d = describeError(e, ['body', 'linkUrl', 'linkTitle']);
        const { body: bodyError, linkUrl: urlError, linkTitle: titleError } = d.fieldErrors;
        if (bodyError || urlError || titleError) {
          setFieldError(bodyError ?? null);
          setLinkError({
            linkUrl: urlError && 'Enter the full web address, starting with https://',
            linkTitle: titleError,
          });
          setTab('write');
        } else setMessage(d.message);
      }
    });

  return (
    <form
      aria-label={groupName ? `Write a post in ${groupName}` : 'Write a post'}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="write">Write</Tabs.Tab>
            <Tabs.Tab value="preview">Preview</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Combobox store={combobox} onOptionSubmit={insert} position="bottom-start" withinPortal={false}>
              <Combobox.Target>
                <Textarea
                  ref={textarea}
                  label="Your post"
                  description="Markdown works: **bold**, _italic_, lists and links. Add #topics and @mention colleagues."
                  autosize
                  minRows={3}
                  maxRows={12}
                  value={body}
                  error={fieldError}
                  onChange={(e) => {
                    setBody(e.currentTarget.value);
                    track(e.currentTarget.value, e.currentTarget.selectionStart);
                  }}
                  onClick={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart)}
                  onBlur={() => combobox.closeDropdown()}
                />
              </Combobox.Target>
              <Combobox.Dropdown hidden={suggestions.length === 0}>
                <Combobox.Options aria-label={token?.sign === '#' ? 'Topics' : 'Members'}>
                  {suggestions.map((s) => (
                    <Combobox.Option key={s.value} value={s.value}>
                      {s.label}
                    </Combobox.Option>
                  ))}
                </Combobox.Options>
              </Combobox.Dropdown>
            </Combobox>
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            <Preview body={body} />
          </Tabs.Panel>
        </Tabs>
        {withLink ? (
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Link"
              description="A page to share with the post"
              placeholder="https://"
              type="url"
              value={linkUrl}
              error={linkError.linkUrl}
              onChange={(e) => setLinkUrl(e.currentTarget.value)}
              style={{ flex: '2 1 240px' }}
            />
            <TextInput
              label="Link title"
              description="Optional; the address shows otherwise"
              value={linkTitle}
              error={linkError.linkTitle}
              onChange={(e) => setLinkTitle(e.currentTarget.value)}
              style={{ flex: '1 1 200px' }}
            />
          </Group>
        ) : null}
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <div role="status">
          {unreached.length > 0 && (
            <Alert
              color="yellow"
              title="Posted, but some mentions reached no one"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setUnreached([])}
            >
              <List size="sm">
                {unreached.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </div>
        <Group justify="space-between" wrap="wrap" align="flex-end">
          <NativeSelect
            label="Kind of post"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as PostKind)}
            data={KIND_OPTIONS}
            w={{ base: '100%', xs: 180 }}
          />
          {!groupId && myGroups.length > 0 && (
            <NativeSelect
              label="Post in"
              value={chosenGroup}
              onChange={(e) => setChosenGroup(e.currentTarget.value)}
              data={[
                { value: '', label: 'Everyone (your feed)' },
                ...myGroups.map((g) => ({ value: g.id, label: g.name })),
              ]}
              w={{ base: '100%', xs: 260 }}
            />
          )}
          <Button
            variant="subtle"
            aria-expanded={withLink}
            onClick={() => {
              setWithLink((v) => !v);
              setLinkError({});
            }}
          >
            {withLink ? 'Remove the link' : 'Add a link'}
          </Button>
          <Text size="sm" c="dimmed" aria-live="polite">
            {body.length > MAX_POST_LENGTH * 0.9 ? `${body.length} of ${MAX_POST_LENGTH} characters` : ''}
          </Text>
          <Button type="submit" loading={busy}>
            Post
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Preview({ body }: { body: string }) {
  const text = body.trim();
  const { data, loading, error } = useQuery(CommunityPreviewQuery, {
    variables: { body: text },
    skip: !text,
    fetchPolicy: 'network-only',
  });
  if (!text) return <Text c="dimmed">Nothing to preview yet. Write your post first.</Text>;
  if (error)
    return <Text c="red.8">{describeError(error, ['body']).fieldErrors.body ?? describeError(error).message}</Text>;
  if (loading || !data) return <Text>Rendering preview…</Text>;
  return (
    <div aria-label="Preview of your post" role="region">
      <SafeHtml html={data.previewPostBody} />
    </div>
  );
}
