/** Mantine anchors, badges and buttons as typed router links (params checked against the routes). */
import { Anchor, Badge, Button, type AnchorProps, type BadgeProps, type ButtonProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';

const AnchorBase = forwardRef<HTMLAnchorElement, AnchorProps & ComponentPropsWithoutRef<'a'>>((props, ref) => <Anchor ref={ref} {...props} />);
const BadgeBase = forwardRef<HTMLAnchorElement, BadgeProps & ComponentPropsWithoutRef<'a'>>((props, ref) => <Badge component="a" ref={ref} {...props} />);
const ButtonBase = forwardRef<HTMLAnchorElement, ButtonProps & ComponentPropsWithoutRef<'a'>>((props, ref) => <Button component="a" ref={ref} {...props} />);

const AnchorCreated = createLink(AnchorBase);
const BadgeCreated = createLink(BadgeBase);
const ButtonCreated = createLink(ButtonBase);

export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => <AnchorCreated preload="intent" {...props} />;
export const BadgeLink: LinkComponent<typeof BadgeBase> = (props) => <BadgeCreated preload="intent" {...props} />;
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => <ButtonCreated preload="intent" {...props} />;
