import type { ElementCatalogue } from './types';

// English names, explanations and open questions per audience for the eight Kansencirkel
// elements. Strengths and chances first; each element also asks about the child's own part.
// Children 4–7 get very short, simple words; parents and professionals plain B1 English.
export const elementsEn: ElementCatalogue = {
	heard: {
		name: 'Being heard',
		wheelLabel: ['Being', 'heard'],
		explanation:
			'People listen to you, take you seriously and let you have a say in things that affect you.',
		questions: {
			'child-4-7': [
				'Who listens well to you?',
				'What can you choose by yourself?',
				'What do you do when you want to tell someone something?'
			],
			'child-8-12': [
				'Who can you really talk to about things, at home or at school?',
				'What can you help decide, for example at home or in class?',
				'What do you do yourself to let others know what you think?'
			],
			'youth-12-18': [
				'How can you tell that people take your opinion seriously?',
				'Which choices in your life would you like to make more yourself?',
				'How do you show what you want, even when others think differently?'
			],
			parent: [
				'When do you notice that your child feels heard?',
				'What can your child help decide, and what not yet?',
				'What do you need to be able to listen well to your child?'
			],
			professional: [
				'When do you see the child dare to say what they think?',
				'Where does the child get the chance to help decide on things that affect them?',
				'What could help the child feel more heard?'
			]
		}
	},
	belonging: {
		name: 'Belonging',
		wheelLabel: ['Belonging'],
		explanation:
			'You belong somewhere: in class, with friends, at a club or in your neighbourhood, and you join in.',
		questions: {
			'child-4-7': [
				'Who do you like to play with?',
				'Where do you like to be with other children?',
				'What do you do when a child is playing alone?'
			],
			'child-8-12': [
				'Which group do you like being part of, at school, at a club or near home?',
				'What do you do so that other children can join in too?',
				'When do you sometimes feel alone, and what helps you then?'
			],
			'youth-12-18': [
				'With which people or groups can you be completely yourself?',
				'How do you help make a group where everyone is welcome?',
				'Where would you like to belong more, and what is holding you back?'
			],
			parent: [
				'Which groups does your child belong to, and how can you tell they feel welcome there?',
				'How does your child get on with other children, in class and outside school?',
				'What do you need to help your child make friends?'
			],
			professional: [
				'In which groups do you see the child taking part well?',
				'How do other children treat the child, and how does the child treat them?',
				'What could help the child to belong even more?'
			]
		}
	},
	responsibility: {
		name: 'Taking responsibility',
		wheelLabel: ['Taking', 'responsibility'],
		explanation:
			'You get tasks that suit you, at home and at school, and you take good care of yourself and others.',
		questions: {
			'child-4-7': [
				'How do you help at home?',
				'What can you already do all by yourself?',
				'Who or what do you like to look after?'
			],
			'child-8-12': [
				'What jobs do you have at home or in class?',
				'What did you sort out by yourself lately that you are proud of?',
				'What do you do when something goes wrong, like a fight or a forgotten job?'
			],
			'youth-12-18': [
				'What things are you responsible for yourself now?',
				'Where would you like to be trusted more to do things yourself?',
				'How do you deal with what happens because of your own choices?'
			],
			parent: [
				'Which tasks can your child already do well on their own?',
				'Where could your child do more by themselves, and what helps with that?',
				'What do you need to give your child tasks that fit their age?'
			],
			professional: [
				'Which tasks does the child take on well, at home, at school or at a club?',
				'How much responsibility does the child carry, and does that match what they can handle?',
				'What could help the child take on a role that suits them?'
			]
		}
	},
	developing: {
		name: 'Learning and growing',
		wheelLabel: ['Learning', 'and growing'],
		explanation: 'You learn new things, find out what you are good at and get the chance to grow.',
		questions: {
			'child-4-7': [
				'What did you learn not long ago?',
				'What are you good at?',
				'What would you like to learn?'
			],
			'child-8-12': [
				'What are you good at, at school or outside school?',
				'What would you like to get better at, and who can help you?',
				'What do you do when something is hard to learn?'
			],
			'youth-12-18': [
				'Which talents or interests do you want to develop further?',
				'What helps you keep going when something is difficult?',
				'Where do you want to be in a few years, and what do you need to get there?'
			],
			parent: [
				'What is your child good at, and what do they enjoy?',
				'How is learning at school going, and what could help your child with it?',
				'What do you need to support your child in learning and discovering?'
			],
			professional: [
				'What talents and strengths do you see in the child?',
				'How is learning going, and where do you see growth?',
				'What chances or help could support the child’s further development?'
			]
		}
	},
	active: {
		name: 'Being active',
		wheelLabel: ['Being', 'active'],
		explanation:
			'You play, do sport, make music or do something else you enjoy, and you can also rest.',
		questions: {
			'child-4-7': [
				'What do you like to play most?',
				'What do you like to do outside?',
				'How do you have a nice rest?'
			],
			'child-8-12': [
				'What do you like to do in your free time?',
				'Which sport, club or hobby would you like to try one day?',
				'How do you calm down after a busy day?'
			],
			'youth-12-18': [
				'What gives you energy in your free time?',
				'What would you like to do that is not working out yet, and why is that?',
				'How do you share your time between school, hobbies, screens and rest?'
			],
			parent: [
				'What does your child like to do in their free time?',
				'Which sport, club or hobby suits your child, and what sometimes makes joining in hard?',
				'What do you need so that your child can do sport, play or relax?'
			],
			professional: [
				'Where do you see the child enjoying play, sport or culture?',
				'What makes the child join in, or not, with activities outside school?',
				'Which activity or support scheme could help the child to be active or to relax?'
			]
		}
	},
	healthy: {
		name: 'Being healthy',
		wheelLabel: ['Being', 'healthy'],
		explanation:
			'You feel good in your body and in your mind, you make healthy choices and get help when you need it.',
		questions: {
			'child-4-7': [
				'When does your body feel good?',
				'What healthy food do you like?',
				'What helps you when you don’t feel well?'
			],
			'child-8-12': [
				'What do you do to feel fit and well?',
				'How do you sleep, and what helps you sleep well?',
				'Who can you go to when you feel ill or sad?'
			],
			'youth-12-18': [
				'How are you doing, in your body and in your mind?',
				'What healthy choices do you make, and what do you find hard?',
				'Who would you ask for help if you were not doing so well?'
			],
			parent: [
				'How is your child’s health, in body and in mind?',
				'What does your child do to stay healthy, such as eating, sleeping and moving?',
				'What do you need to take good care of your child’s health?'
			],
			professional: [
				'What do you notice that is positive about how the child feels, in body and emotionally?',
				'What healthy habits does the child have, and where could they use support?',
				'What care or help does the child have now, and what else could help?'
			]
		}
	},
	home: {
		name: 'Having a home',
		wheelLabel: ['Having a', 'home'],
		explanation:
			'You have a good place to grow up, with people who look after you and care about you.',
		questions: {
			'child-4-7': [
				'What do you like about home?',
				'Who looks after you?',
				'What do you like to do together at home?'
			],
			'child-8-12': [
				'What makes home a nice place for you?',
				'Who can you talk to at home when something is bothering you?',
				'If you could make one wish for home, what would it be?'
			],
			'youth-12-18': [
				'How does it feel for you to be at home?',
				'Who gives you support and attention, at home or in your family?',
				'What would make home even better for you?'
			],
			parent: [
				'What is going well in your home?',
				'When do you and your child have a good time together?',
				'What do you need to keep going as a parent, and who can support you?'
			],
			professional: [
				'What warmth and care do you see around the child?',
				'What support do the parents have, from family, the neighbourhood or professionals?',
				'What would help the family give the child a good place to grow up?'
			]
		}
	},
	safe: {
		name: 'Being safe',
		wheelLabel: ['Being', 'safe'],
		explanation:
			'You feel safe at home, at school and outside, and you treat other people well too.',
		questions: {
			'child-4-7': [
				'Where do you feel happy and safe?',
				'Who do you go to when something is scary?',
				'How do you help other children feel good?'
			],
			'child-8-12': [
				'In which places do you feel safe, at home, at school or outside?',
				'Who can you talk to when something happens that you don’t like?',
				'How do you make sure that others feel safe with you?'
			],
			'youth-12-18': [
				'Where and with whom do you feel really safe, online too?',
				'Who can you go to when something does not feel right?',
				'How do you treat others, so that they feel safe with you too?'
			],
			parent: [
				'Where does your child feel safe, and how can you tell?',
				'How does your child deal with risks, outside and online?',
				'What do you need to give your child a safe environment?'
			],
			professional: [
				'Where and with whom does the child seem to feel safe?',
				'What do you see in the child’s behaviour that tells you how safe they feel?',
				'What is needed so that the child feels safe at home, at school and outside?'
			]
		}
	}
};
