import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  List,
  NumberInput,
  Progress,
  Radio,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState, type ReactNode } from 'react';
import { applyApiError, describeError, Page, QueryState } from '../../shared';
import type {
  LinkKind,
  ProfileVisibility,
  SkillLevelInput,
  UpdateProfileInput,
  VolunteerProfileFragment,
} from '../../gql/graphql';
import { levelLabel, PROFILE_SECTIONS, SKILL_LEVELS, VISIBILITY } from './labels';
import { MyProfileQuery, SkillSuggestionsQuery, UpdatePrivacyMutation, UpdateProfileMutation } from './operations';
import { SkillSuggestions } from './SkillSuggestions';
import { SkillPicker, type PickedSkill } from './SkillPicker';
import { CalendarSection } from '../calendars/CalendarSection';
import { MyDataSection } from '../privacy/MyDataSection';
import { ProfileViewersSection } from '../privacy/ProfileViewersSection';

const LEVEL_OPTIONS = SKILL_LEVELS.map((l) => ({ value: String(l.value), label: l.label }));
const LEVEL_HINT = SKILL_LEVELS.map((l) => `${l.label}: ${l.hint}`).join('. ') + '.';

const LINK_KINDS: { value: LinkKind; label: string }[] = [
  { value: 'LINKEDIN', label: 'LinkedIn' },
  { value: 'X_TWITTER', label: 'X (Twitter)' },
  { value: 'BLOG', label: 'Blog' },
  { value: 'WEBSITE', label: 'Website' },
  { value: 'OTHER', label: 'Other' },
];

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** Saves part of the profile; says what happened in words. */
function useSaveProfile() {
  // Skills on the profile are not suggested: the suggestions follow every change.
  const [update, { loading }] = useMutation(UpdateProfileMutation, { refetchQueries: [SkillSuggestionsQuery] });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (input: UpdateProfileInput, done: string): Promise<boolean> => {
    setStatus(null);
    try {
      await update({ variables: { input } });
      setStatus({ ok: true, text: done });
      return true;
    } catch (error) {
      setStatus({ ok: false, text: describeError(error).message });
      return false;
    }
  };
  const message = status && (
    <Text size="sm" c={status.ok ? undefined : 'red.9'} role={status.ok ? 'status' : 'alert'}>
      {status.text}
    </Text>
  );
  return { save, loading, message };
}

const skillInputs = (p: VolunteerProfileFragment): SkillLevelInput[] =>
  p.skills.map((s) => ({ skillId: s.skill.id, level: s.level, years: s.years ?? undefined }));

function SkillsSection({ profile }: { profile: VolunteerProfileFragment }) {
  const { save, loading, message } = useSaveProfile();
  const [picked, setPicked] = useState<PickedSkill | null>(null);
  const [level, setLevel] = useState<string | null>('3');
  const have = new Set(profile.skills.map((s) => s.skill.id));
  const current = skillInputs(profile);
  return (
    <Section title="Skills I have" id="skills-have">
      <Text size="sm">Add the skills you have and how well you know each: matching uses them to suggest tasks.</Text>
      <Text size="xs" c="dimmed">
        {LEVEL_HINT}
      </Text>
      {profile.skills.length === 0 ? (
        <Text size="sm" c="dimmed">
          No skills yet — add your first below.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Skills I have">
          {profile.skills.map((s) => (
            <Group component="li" key={s.skill.id} gap="sm" wrap="nowrap" justify="space-between">
              {/* The name takes what the controls leave, so every row lines up, even on a phone. */}
              <Text fw={500} style={{ flex: '1 1 0', minWidth: 0, overflowWrap: 'anywhere' }}>
                {s.skill.name}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Select
                  aria-label={`Level for ${s.skill.name}`}
                  data={LEVEL_OPTIONS}
                  value={String(s.level)}
                  allowDeselect={false}
                  disabled={loading}
                  w={{ base: 130, sm: 150 }}
                  onChange={(v) =>
                    v &&
                    void save(
                      {
                        skills: current.map((c) => (c.skillId === s.skill.id ? { ...c, level: Number(v) } : c)),
                      },
                      `${s.skill.name} is now ${levelLabel(Number(v))}.`,
                    )
                  }
                />
                <CloseButton
                  aria-label={`Remove ${s.skill.name}`}
                  disabled={loading}
                  onClick={() =>
                    void save(
                      { skills: current.filter((c) => c.skillId !== s.skill.id) },
                      `${s.skill.name} removed from your skills.`,
                    )
                  }
                />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!picked || !level) return;
          if (current.length >= 50) return;
          void save(
            { skills: [...current, { skillId: picked.id, level: Number(level) }] },
            `${picked.name} added as ${levelLabel(Number(level))}.`,
          ).then((ok) => ok && setPicked(null));
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SkillPicker label="Add a skill" exclude={have} value={picked} onChange={setPicked} />
          <Select
            label="Your level"
            data={LEVEL_OPTIONS}
            value={level}
            onChange={setLevel}
            allowDeselect={false}
            w={150}
          />
          <Button type="submit" disabled={!picked || current.length >= 50} loading={loading}>
            Add skill
          </Button>
        </Group>
      </form>
      {message}
    </Section>
  );
}

function DevelopSection({ profile }: { profile: VolunteerProfileFragment }) {
  const { save, loading, message } = useSaveProfile();
  const [picked, setPicked] = useState<PickedSkill | null>(null);
  const ids = profile.wantsToDevelop.map((s) => s.id);
  return (
    <Section title="Skills I want to develop" id="skills-develop">
      <Text size="sm">Tasks that let you practise these get a lift in your matches.</Text>
      {profile.wantsToDevelop.length > 0 && (
        <Group gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Skills I want to develop">
          {profile.wantsToDevelop.map((s) => (
            <Badge
              component="li"
              key={s.id}
              variant="light"
              size="lg"
              tt="none"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={`Remove ${s.name}`}
                  disabled={loading}
                  onClick={() => void save({ wantsToDevelop: ids.filter((id) => id !== s.id) }, `${s.name} removed.`)}
                />
              }
            >
              {s.name}
            </Badge>
          ))}
        </Group>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!picked || ids.length >= 20) return;
          void save(
            { wantsToDevelop: [...ids, picked.id] },
            `${picked.name} added to the skills you want to develop.`,
          ).then((ok) => ok && setPicked(null));
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <SkillPicker label="Skill to develop" exclude={new Set(ids)} value={picked} onChange={setPicked} />
          <Button type="submit" variant="light" disabled={!picked || ids.length >= 20} loading={loading}>
            Add
          </Button>
        </Group>
      </form>
      {message}
    </Section>
  );
}

interface AboutValues {
  headline: string;
  bio: string;
  cvText: string;
  availableHoursPerMonth: number | string;
  interests: string[];
  links: { kind: LinkKind; url: string }[];
}

const URL_PATTERN = /^https?:\/\/[^\s.]+\.[^\s]+$/i;

/** The same limits as the API's UpdateProfileInput. */
function validateAbout(values: AboutValues) {
  const errors: Record<string, string> = {};
  if (values.headline.length > 160) errors.headline = 'Headline must be 160 characters or fewer';
  if (values.bio.length > 4000) errors.bio = 'Bio must be 4 000 characters or fewer';
  if (values.cvText.length > 20000) errors.cvText = 'CV must be 20 000 characters or fewer';
  const h = values.availableHoursPerMonth;
  if (h !== '' && (!Number.isInteger(Number(h)) || Number(h) < 0 || Number(h) > 200)) {
    errors.availableHoursPerMonth = 'Hours a month must be a whole number from 0 to 200';
  }
  if (values.interests.length > 30) errors.interests = 'Up to 30 interests';
  else if (values.interests.some((i) => i.trim().length > 60))
    errors.interests = 'Each interest must be 60 characters or fewer';
  values.links.forEach((l, i) => {
    if (!URL_PATTERN.test(l.url.trim()))
      errors[`links.${i}.url`] = 'Enter a web address starting with http:// or https://';
    else if (l.url.length > 500) errors[`links.${i}.url`] = 'Web addresses must be 500 characters or fewer';
  });
  return errors;
}

function AboutSection({ profile }: { profile: VolunteerProfileFragment }) {
  // Suggestions come from the headline, bio and CV: they follow each save.
  const [update, { loading }] = useMutation(UpdateProfileMutation, { refetchQueries: [SkillSuggestionsQuery] });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<AboutValues>({
    mode: 'uncontrolled',
    initialValues: {
      headline: profile.headline ?? '',
      bio: profile.bio ?? '',
      cvText: profile.cvText ?? '',
      availableHoursPerMonth: profile.availableHoursPerMonth ?? '',
      interests: profile.interests,
      links: profile.links.map((l) => ({ kind: l.kind, url: l.url })),
    },
    validate: validateAbout,
  });
  const links = form.getValues().links;
  return (
    <Section title="About me" id="about-me">
      <form
        noValidate
        onSubmit={form.onSubmit(async (values) => {
          setStatus(null);
          try {
            await update({
              variables: {
                input: {
                  headline: values.headline.trim() || null,
                  bio: values.bio.trim() || null,
                  cvText: values.cvText.trim() || null,
                  availableHoursPerMonth:
                    values.availableHoursPerMonth === '' ? null : Number(values.availableHoursPerMonth),
                  interests: values.interests.map((i) => i.trim()).filter(Boolean),
                  links: values.links.map((l) => ({ kind: l.kind, url: l.url.trim() })),
                },
              },
            });
            setStatus({ ok: true, text: 'Your profile is saved.' });
          } catch (error) {
            setStatus({ ok: false, text: applyApiError(form, error).message });
          }
        })}
      >
        <Stack gap="sm">
          <TextInput
            label="Headline"
            description="One line about you, e.g. “Writes our staff newsletter”"
            maxLength={160}
            key={form.key('headline')}
            {...form.getInputProps('headline')}
          />
          <Textarea
            label="Bio"
            autosize
            minRows={3}
            maxLength={4000}
            key={form.key('bio')}
            {...form.getInputProps('bio')}
          />
          <Textarea
            label="CV"
            description="Paste your CV as plain text. We suggest skills it mentions; HR and comms see it as your profile's visibility allows."
            autosize
            minRows={3}
            maxRows={14}
            maxLength={20000}
            key={form.key('cvText')}
            {...form.getInputProps('cvText')}
          />
          <NumberInput
            label="Hours a month"
            description="How many hours a month you could give to comms tasks, 0 to 200"
            min={0}
            max={200}
            allowDecimal={false}
            allowNegative={false}
            maw={360}
            key={form.key('availableHoursPerMonth')}
            {...form.getInputProps('availableHoursPerMonth')}
          />
          <TagsInput
            label="Interests"
            description="Press Enter after each one, e.g. “cycling”, “climate”"
            maxTags={30}
            key={form.key('interests')}
            {...form.getInputProps('interests')}
          />
          <Stack gap="xs">
            <Text size="sm" fw={500} id="links-label">
              Where to find me online
            </Text>
            {links.length === 0 && (
              <Text size="sm" c="dimmed">
                No links yet. A blog or social account helps for tasks that need an online presence.
              </Text>
            )}
            {links.map((_, i) => (
              <Group key={form.key(`links.${i}`)} align="flex-start" gap="xs" wrap="wrap">
                <Select
                  label={`Link ${i + 1} kind`}
                  data={LINK_KINDS}
                  allowDeselect={false}
                  w={160}
                  key={form.key(`links.${i}.kind`)}
                  {...form.getInputProps(`links.${i}.kind`)}
                />
                <TextInput
                  label={`Link ${i + 1} address`}
                  placeholder="https://"
                  maxLength={500}
                  style={{ flex: 1, minWidth: 200 }}
                  key={form.key(`links.${i}.url`)}
                  {...form.getInputProps(`links.${i}.url`)}
                />
                <Button
                  variant="subtle"
                  color="red"
                  mt={24}
                  onClick={() => form.removeListItem('links', i)}
                  aria-label={`Remove link ${i + 1}`}
                >
                  Remove
                </Button>
              </Group>
            ))}
            {links.length < 10 && (
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => form.insertListItem('links', { kind: 'WEBSITE', url: '' })}
                >
                  Add a link
                </Button>
              </Group>
            )}
          </Stack>
          {status && (
            <Text size="sm" c={status.ok ? undefined : 'red.9'} role={status.ok ? 'status' : 'alert'}>
              {status.text}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              Save about me
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

type PrivacyInput = { visibility?: ProfileVisibility; interestsTargetingConsent?: boolean };

function PrivacySection({ profile }: { profile: VolunteerProfileFragment }) {
  const [update] = useMutation(UpdatePrivacyMutation);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  // The choice shows at once while it is saved (the stored profile catches up when the API answers);
  // the controls stay enabled, so the focus stays on them while arrowing through the options.
  const [pending, setPending] = useState<PrivacyInput>({});
  const latest = useRef(0);
  const visibility = pending.visibility ?? profile.visibility;
  const consent = pending.interestsTargetingConsent ?? profile.interestsTargetingConsent;
  const change = async (input: PrivacyInput, text: string) => {
    const request = ++latest.current;
    setStatus(null);
    setPending((p) => ({ ...p, ...input }));
    try {
      await update({ variables: { input } });
      if (request === latest.current) setStatus({ ok: true, text });
    } catch (error) {
      if (request === latest.current) setStatus({ ok: false, text: describeError(error).message });
    } finally {
      if (request === latest.current) setPending({});
    }
  };
  return (
    <Section title="Privacy" id="privacy">
      <Stack gap="xs" role="radiogroup" aria-labelledby="visibility-label" aria-describedby="visibility-description">
        <div>
          <Text fw={500} size="sm" id="visibility-label">
            Who can see my profile
          </Text>
          <Text size="xs" c="dimmed" id="visibility-description">
            The comms team always sees what you share when you sign up to a call or take up a task.
          </Text>
        </div>
        {(Object.keys(VISIBILITY) as ProfileVisibility[]).map((v) => (
          <Radio
            key={v}
            name="visibility"
            value={v}
            checked={visibility === v}
            label={VISIBILITY[v].label}
            description={VISIBILITY[v].explain}
            onChange={() => void change({ visibility: v }, `Saved: ${VISIBILITY[v].label}.`)}
          />
        ))}
      </Stack>
      <Switch
        checked={consent}
        label="Let the comms team use my interests to invite me"
        description="When on, calls and campaigns can be aimed at people with interests like yours. Off unless you turn it on; you can turn it off at any time."
        onChange={(e) =>
          void change(
            { interestsTargetingConsent: e.currentTarget.checked },
            e.currentTarget.checked
              ? 'Saved: your interests may be used to invite you.'
              : 'Saved: your interests will not be used to invite you.',
          )
        }
      />
      {status && (
        <Text size="sm" c={status.ok ? undefined : 'red.9'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </Text>
      )}
    </Section>
  );
}

function Completeness({ profile }: { profile: VolunteerProfileFragment }) {
  const { score, missing } = profile.completeness;
  return (
    <Alert variant="light" color="blue" title={`Your profile is ${score}% complete`}>
      <Stack gap="xs">
        <Progress value={score} aria-label="Profile completeness" maw={320} />
        {missing.length > 0 ? (
          <>
            <Text size="sm">Still missing, most useful first:</Text>
            <List size="sm">
              {missing.map((m) => (
                <List.Item key={m}>{PROFILE_SECTIONS[m]}</List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">Nothing missing — thank you.</Text>
        )}
      </Stack>
    </Alert>
  );
}

export function ProfilePage() {
  const { data, loading, error, refetch } = useQuery(MyProfileQuery);
  return (
    <Page title="My profile">
      <QueryState data={data} loading={loading} error={error} refetch={refetch}>
        {(d) => (
          <Stack gap="lg">
            <Completeness profile={d.myProfile} />
            <SkillSuggestions />
            <SkillsSection profile={d.myProfile} />
            <DevelopSection profile={d.myProfile} />
            <AboutSection key={d.myProfile.id} profile={d.myProfile} />
            <PrivacySection profile={d.myProfile} />
            <ProfileViewersSection />
            <CalendarSection />
            <MyDataSection />
          </Stack>
        )}
      </QueryState>
    </Page>
  );
}
